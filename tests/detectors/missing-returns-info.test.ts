import { runFixture } from './harness';

runFixture('missing-returns-info');
