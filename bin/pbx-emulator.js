#!/usr/bin/env node
// The package ships TypeScript sources; tsx compiles them on load, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../emulator/cli.ts');
const code = await main(process.argv);
if (code !== 0) process.exit(code);
