// Type-checked, never run: the Vue 3 typings of the elements (what Volar and vue-tsc check templates against).
import type { GlobalComponents } from 'vue';
import type {} from '../../dist/vue.js';
import type { RfSearchEvent } from '../../dist/index.js';

type FinderProps = InstanceType<GlobalComponents['resource-finder']>['$props'];

export const props: FinderProps = {
  src: '/feed.json',
  pageSize: 30,
  onRfSearch: (event: RfSearchEvent) => console.log(event.detail.total),
};
// @ts-expect-error pageSize is a number
export const wrong: FinderProps = { pageSize: 'thirty' };
