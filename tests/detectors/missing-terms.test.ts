import { runFixture } from './harness';

runFixture('missing-terms');
