// jest runs only the testing kit's own jest suite (test/testing/jest), against the BUILT package in
// dist/ (`npx tsup` first), as an ESM project: `npm run test:jest`.
// biome-ignore lint/style/noDefaultExport: jest reads the default export
export default {
  testMatch: ["<rootDir>/test/testing/jest/**/*.test.mjs"],
  testEnvironment: "node",
  transform: {},
  moduleNameMapper: { "^tthc/(.*)$": "<rootDir>/dist/$1/index.js" },
};
