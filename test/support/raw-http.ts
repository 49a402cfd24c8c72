// A request sent over a socket byte for byte, for what fetch refuses to send (a NUL byte in the request line).
import { connect } from 'node:net';

/** Sends bytes as they are (fetch would refuse to send a NUL byte) and reads the whole answer. */
export function rawRequest(port: number, text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]), body: answer.split('\r\n\r\n')[1] ?? '' }));
    socket.on('error', reject);
  });
}
