// The floor for the API benchmark: a bare node:http server that only parses the JSON body and writes JSON back,
// an answer of the size given (the size of Aftercare's own answer), so both do the same I/O.
import { createServer } from 'node:http';

const size = Number(process.argv[2] ?? 4000);
const filler = 'x'.repeat(Math.max(0, size - 20));
const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const report = JSON.parse(body);
    const answer = JSON.stringify({ ok: report !== null, pad: filler });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
    response.end(answer);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`listening at http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
