// A graphql-js server over HTTP on loopback (graphql-http's own handler), the known-good
// subject for the audit script's test.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

import { schemasDir } from '../lib/cases.mjs';

export async function startReferenceServer() {
  const schema = buildSchema(readFileSync(join(schemasDir, 'execution.graphql'), 'utf8'));
  const handler = createHandler({ schema, rootValue: { title: 'Catalogue' } });
  const server = createServer((req, res) => {
    if (req.url.startsWith('/graphql')) handler(req, res);
    else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((resolve) => server.close(resolve)) };
}
