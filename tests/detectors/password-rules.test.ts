import { vi } from 'vitest';
import { runFixture } from './harness';

// Fixture pages build a full page context; under a loaded full-suite run the first case can pass 5 s.
vi.setConfig({ testTimeout: 20_000 });
runFixture('password-rules');
