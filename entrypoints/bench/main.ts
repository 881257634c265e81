import { exposeBench } from '../../bench/page';

exposeBench();
