import { runFixture } from './harness';

runFixture('no-direct-channel');
