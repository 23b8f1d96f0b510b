import UIKit

final class InviteViewController: UIViewController {
    @IBOutlet private weak var codeLabel: UILabel!
    @IBOutlet private weak var shareButton: UIButton!

    private var inviteCode = ""

    override func viewDidLoad() {
        super.viewDidLoad()
        inviteCode = generateInviteCode()
        codeLabel.text = inviteCode
    }

    private func generateInviteCode() -> String {
        let chars = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var code = ""
        for _ in 0..<10 {
            let i = Int(arc4random_uniform(UInt32(chars.count))) // ok: CWE-338
            code.append(chars[i])
        }
        return code
    }

    @IBAction private func share(_ sender: UIButton) {
        let vc = UIActivityViewController(activityItems: ["Join me: \(inviteCode)"], applicationActivities: nil)
        vc.popoverPresentationController?.sourceView = sender
        present(vc, animated: true)
    }
}
