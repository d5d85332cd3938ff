/**
 * Checks every link in the built site, fragments included (`#section` must exist on its page),
 * and prints what is broken. Run after `npm run build`.
 *
 *   npm run check:links
 */
import { checkLinks } from './lib/links.ts';

const port = 4329;
const broken = await checkLinks('dist', `http://localhost:${port}`, { port, recurse: true });
process.exit(broken > 0 ? 1 : 0);
