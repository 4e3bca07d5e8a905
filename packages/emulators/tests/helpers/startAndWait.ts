// Starts DynamoDB Local, prints its port, and waits to be killed: lets a test signal a parent process.
import { startDynamoDBLocal } from '../../src/index.js';

const service = await startDynamoDBLocal();
process.stdout.write(`${service.port}\n`);
setInterval(() => {}, 60_000);
