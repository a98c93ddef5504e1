/**
 * Errors the CLI reports as one line on stderr with exit code 2 (bad input or usage),
 * instead of a stack trace. Anything else that escapes is a bug and exits 1.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
