import { runFixture } from './harness';

runFixture('sneaked-items');
