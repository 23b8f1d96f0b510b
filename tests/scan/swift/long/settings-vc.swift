import UIKit

final class SettingsViewController: UITableViewController {
    private enum Row: Int, CaseIterable { case notifications, darkMode, signOut }

    override func tableView(_ tableView: UITableView, numberOfRowsInSection section: Int) -> Int {
        Row.allCases.count
    }

    override func tableView(_ tableView: UITableView, cellForRowAt indexPath: IndexPath) -> UITableViewCell {
        let cell = tableView.dequeueReusableCell(withIdentifier: "cell", for: indexPath)
        switch Row(rawValue: indexPath.row)! {
        case .notifications: cell.textLabel?.text = "Notifications"
        case .darkMode: cell.textLabel?.text = "Dark mode"
        case .signOut: cell.textLabel?.text = "Sign out"
        }
        return cell
    }

    override func tableView(_ tableView: UITableView, didSelectRowAt indexPath: IndexPath) {
        switch Row(rawValue: indexPath.row)! {
        case .notifications:
            UserDefaults.standard.set(true, forKey: "notifications") // ok: CWE-312
        case .darkMode:
            UserDefaults.standard.set(!UserDefaults.standard.bool(forKey: "dark"), forKey: "dark")
        case .signOut:
            UserDefaults.standard.removeObject(forKey: "accessToken")
            try? Keychain.delete(account: "session")
            navigationController?.popToRootViewController(animated: true)
        }
    }
}
