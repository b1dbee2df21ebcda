#!/usr/bin/env node
// The CLI runs the committed bundle, the same code the actions run.
import { cli } from "../dist/modelgate/index.js";

await cli();
