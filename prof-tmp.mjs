import { parseFeed } from './dist/core/index.js';
import { generateFeed } from './bench/generate.mjs';
const feed = JSON.parse(JSON.stringify(generateFeed(10000)));
for (let i = 0; i < 3; i++) parseFeed(JSON.parse(JSON.stringify(feed)));
const runs = [];
for (let i = 0; i < 7; i++) { const copy = JSON.parse(JSON.stringify(feed)); const t = performance.now(); parseFeed(copy); runs.push(performance.now() - t); }
runs.sort((a, b) => a - b);
console.log('parseFeed 10k median ms', runs[3].toFixed(0), 'min', runs[0].toFixed(0));
