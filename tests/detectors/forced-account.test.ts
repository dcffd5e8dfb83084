import { runFixture } from './harness';

runFixture('forced-account');
