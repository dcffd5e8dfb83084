import { runFixture } from './harness';

runFixture('extra-verification');
