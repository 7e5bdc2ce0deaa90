/**
 * `<rf-map>`: the map of results, a module of its own (Leaflet and its vector tile renderer weigh more than the rest
 * of the finder): the drop-in loads it when a visitor first opens the map; npm users import `resource-finder/map.js`
 * to use the element on its own. Registers the tag (once).
 */
import { RfMap } from './components/rf-map/rf-map.js';
import { register } from './register.js';

register({ 'rf-map': RfMap });

export { RfMap };

// The tag's type comes with the main entry's declarations (HTMLElementTagNameMap).
export type {} from './index.js';
