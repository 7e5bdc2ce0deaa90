// Leaflet 1.9 publishes its ES module build beside the UMD one its package.json names: the map imports it directly
// (no CommonJS step in any build), with the types of `leaflet`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
