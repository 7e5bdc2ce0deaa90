#!/usr/bin/env node
// resource-finder-server: import a directory feed into PostgreSQL, and serve it as an HSDS 3.0 API.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
