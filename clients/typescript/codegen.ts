// TypeScript types for Crosswise's schema, generated offline from the repository's schema.graphqls (the file the
// service serves at GET /graphql/schema). To generate against a running service instead:
//   CROSSWISE_SCHEMA=http://localhost:8080/graphql/schema npm run generate
// `npm run check` fails when src/crosswise-schema.ts is not what the schema generates (.ci/run runs it).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env.CROSSWISE_SCHEMA ?? '../../schema.graphqls',
  generates: {
    'src/crosswise-schema.ts': {
      plugins: ['typescript'],
      config: {
        // DateTime is an ISO-8601 string on the wire; ID arrives as a string
        scalars: { DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        useTypeImports: true,
      },
    },
  },
};

export default config;
