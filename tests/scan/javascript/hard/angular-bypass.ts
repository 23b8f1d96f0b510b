@Component({ selector: 'app-bio', template: '<div [innerHTML]="bio"></div>' })
export class BioComponent {
  bio: SafeHtml;
  constructor(private s: DomSanitizer) {}
  @Input() set raw(v: string) {
    this.bio = this.s.bypassSecurityTrustHtml(v); // expect: CWE-79
  }
}
