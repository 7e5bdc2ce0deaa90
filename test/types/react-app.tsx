// Type-checked, never run (npm run build: tsc with TypeScript 6 and 5.9, skipLibCheck off): the package as a React 19
// app written in TSX uses it, through its published declarations.
import type {} from '../../dist/react.js';
import type {
  ResourceFinder,
  RfFeedLoadEvent,
  RfReferralSuccessEvent,
  RfSearchEvent,
} from '../../dist/index.js';
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
// A handler for another event is refused: each onrf-* handler is typed by its event's class.
const onLoad = (event: RfFeedLoadEvent) => event.detail.accepted;
// @ts-expect-error the handler takes an RfSearchEvent
export const wrongEvent = <resource-finder onrf-search={onLoad} />;
