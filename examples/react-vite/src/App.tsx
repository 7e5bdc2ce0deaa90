// React 19 sets the elements' properties and listens to their events (`onrf-search`) itself; the package's JSX
// typings (resource-finder/react) type both.
import { useState } from 'react';
import 'resource-finder/define.js';
import type {} from 'resource-finder/react';
import type { RfSearchEvent } from 'resource-finder';

export function App() {
  const [searched, setSearched] = useState('');
  return (
    <main>
      <h1>Community resources</h1>
      <p id="searched" role="status">
        {searched}
      </p>
      <resource-finder
        src="feed.json"
        pageSize={10}
        onrf-search={(event: RfSearchEvent) =>
          setSearched(`Searched “${event.detail.query}”: ${event.detail.total} resources`)
        }
      />
    </main>
  );
}
