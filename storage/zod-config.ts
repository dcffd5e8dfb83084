/** Zod 4 compiles validators with `new Function` unless told not to; extension CSP forbids eval. */
import { z } from 'zod';

z.config({ jitless: true });
