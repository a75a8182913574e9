#!/usr/bin/env node
// Entry for `npx intake`: runs src/main.ts with Node's built-in type stripping.
import '../src/main.ts';
