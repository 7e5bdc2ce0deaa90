// Type-checked, never run (npm run build: tsc with TypeScript 6 and 5.9, skipLibCheck off): the package as a React 19
// app written in TSX uses it, through its published declarations.
import type {} from '../../dist/react.js';
import type { RfSearchEvent, RfReferralSuccessEvent, ResourceFinder } from '../../dist/index.js';
import { useRef } from 'react';

export function Directory({ onSearch }: { onSearch: (total: number) => void }) {
  const finder = useRef<ResourceFinder>(null);
  return (
    <main>
      <resource-finder
        ref={finder}
        src="/feed.json"
        pageSize={30}
        filters={{ languages: ['fr'] }}
        emergency-number="112"
        onrf-search={(event: RfSearchEvent) => onSearch(event.detail.total)}
        onrf-referral-success={(event: RfReferralSuccessEvent) =>
          console.log(event.detail.reference)
        }
      >
        <h2 slot="header">Help near you</h2>
      </resource-finder>
      <rf-search-box value="food" />
    </main>
  );
}

// @ts-expect-error pageSize is a number
export const wrongType = <resource-finder pageSize="thirty" />;
// @ts-expect-error the event's detail is typed
export const wrongEvent = (
  <resource-finder onrf-search={(event: RfSearchEvent) => event.detail.nothing} />
);
