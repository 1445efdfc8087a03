#!/usr/bin/env node
// The `letterlint` command. This file is in git, unlike the bundle it loads: npm links a bin only if
// its file exists at install time, and `npm ci` links before the build writes the bundle.
import '../bundle/bin.js'
