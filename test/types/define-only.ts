// Type-checked, never run: importing only define.js types the tags too.
import '../../dist/define.js';

export const pageSize: number = document.createElement('resource-finder').pageSize;
