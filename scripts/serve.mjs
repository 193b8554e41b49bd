// Serves the project folder so that the demo pages load the built dist/ files.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`tip-jar demo: http://localhost:${port}/demo/`);
