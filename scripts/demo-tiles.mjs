// The demo's basemap, made here from open data shipped as packages: Natural Earth's land and country borders at
// 1:50m (public domain, through `world-atlas`), cut into Mapbox vector tiles on request (`geojson-vt`, `vt-pbf`), with
// the layer names of Protomaps' basemaps (`earth`, `boundaries`) so that a map styled for a real Protomaps extract
// draws them too. Served at /tiles/{z}/{x}/{y}.mvt by `npm start` and by the test server: the map's tiles come from
// the host, never from a third party. (A site makes its own region's archive with `pmtiles extract`: see the README.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import geojsonvt from 'geojson-vt';
import { feature, mesh } from 'topojson-client';
import vtpbf from 'vt-pbf';

const require = createRequire(import.meta.url);
/** Deepest zoom with tiles of their own; deeper ones are drawn from these, enlarged. */
export const MAX_TILE_ZOOM = 8;
/** What the map says of the tiles (Natural Earth asks for no attribution; saying where the map comes from is honest). */
export const DEMO_ATTRIBUTION = 'Natural Earth';

let layers;
function index() {
  if (layers) return layers;
  const read = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
  const land = read('land-50m.json');
  const countries = read('countries-50m.json');
  const options = { maxZoom: MAX_TILE_ZOOM, indexMaxZoom: 4, tolerance: 3, buffer: 64 };
  const borders = mesh(countries, countries.objects.countries, (a, b) => a !== b);
  layers = {
    earth: geojsonvt(feature(land, land.objects.land), options),
    boundaries: geojsonvt(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { kind: 'country', kind_detail: 2 }, geometry: borders },
        ],
      },
      options,
    ),
  };
  return layers;
}

/** The vector tile at z/x/y (a protobuf), or undefined outside the world or the zooms served. */
export function demoTile(z, x, y) {
  if (![z, x, y].every(Number.isInteger) || z < 0 || z > MAX_TILE_ZOOM) return undefined;
  if (x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z) return undefined;
  const { earth, boundaries } = index();
  const tiles = {};
  const e = earth.getTile(z, x, y);
  const b = boundaries.getTile(z, x, y);
  if (e) tiles.earth = e;
  if (b) tiles.boundaries = b;
  return Buffer.from(vtpbf.fromGeojsonVt(tiles, { version: 2 }));
}

/** `/tiles/{z}/{x}/{y}.mvt` → [z, x, y], or undefined for another path. */
export function tilePath(pathname) {
  const m = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.mvt$/.exec(pathname);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}
