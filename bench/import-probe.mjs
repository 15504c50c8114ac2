/**
 * Prints how long `import(<specifier>)` takes in this fresh process, in ms. Lives inside
 * the package, so `vanban` resolves to this checkout's dist/ through package.json "exports".
 */
const t = performance.now();
await import(process.argv[2]);
process.stdout.write(`${(performance.now() - t).toFixed(2)}\n`);
