	case 'o':
		strcpy(outfile, optarg);                         /* expect: CWE-120 */
		break;
	case 'v':
		verbose++;
		break;
