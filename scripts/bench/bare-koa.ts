import fs from 'node:fs';
import http from 'node:http';
import Koa from 'koa';

/**
 * The baselines of the benchmark, in their own process like the BFF: (a) a bare Koa "hello" and
 * (b) a bare Koa endpoint answering, from memory, the JSON body the records endpoint returns.
 */
const body = fs.readFileSync(process.argv[2] as string, 'utf8');
const app = new Koa();
app.use((ctx) => {
  if (ctx.path === '/hello') ctx.body = 'hello';
  else {
    ctx.type = 'application/json';
    ctx.body = body;
  }
});
const server = http.createServer(app.callback()).listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
