// Type-checked, never run: the tags are typed from the main entry, without importing define.js.
import type { ResourceFinder, RfSearchBox } from '../../dist/index.js';

export const finder: ResourceFinder | null = document.querySelector('resource-finder');
export const box: RfSearchBox = document.createElement('rf-search-box');
