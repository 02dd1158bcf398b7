import { z } from 'zod';

// Zod compiles validators with `new Function` when it can; our content security policy forbids
// eval, and even zod's probe for it is reported as a violation. Validate without it.
z.config({ jitless: true });
