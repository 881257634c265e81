import { exposeFaultLab } from '../../dev/faults/lab';

exposeFaultLab();
