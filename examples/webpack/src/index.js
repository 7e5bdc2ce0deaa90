import 'resource-finder/define.js';

// What the page hears from the finder: each search, with how many resources it found.
const said = document.getElementById('searched');
document.querySelector('resource-finder').addEventListener('rf-search', (event) => {
  said.textContent = `Searched “${event.detail.query}”: ${event.detail.total} resources`;
});
