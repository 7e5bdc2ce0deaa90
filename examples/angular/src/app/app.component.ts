// Angular renders the elements as they are (CUSTOM_ELEMENTS_SCHEMA), binds their properties (`[pageSize]`) and
// listens to their events (`(rf-search)`). Its build copies no file a library names with `new URL(…, import.meta.url)`:
// angular.json copies the search worker with the app's assets, and `worker-url` names it.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { RfSearchEvent } from 'resource-finder';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Community resources</h1>
      <p id="searched" role="status">{{ searched() }}</p>
      <resource-finder
        src="feed.json"
        worker-url="resource-finder.worker.js"
        [pageSize]="10"
        (rf-search)="onSearch($event)"
      ></resource-finder>
    </main>
  `,
})
export class AppComponent {
  readonly searched = signal('');

  onSearch(event: Event): void {
    const { query, total } = (event as RfSearchEvent).detail;
    this.searched.set(`Searched “${query}”: ${total} resources`);
  }
}
