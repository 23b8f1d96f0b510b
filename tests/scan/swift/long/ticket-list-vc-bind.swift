import UIKit
import SQLite3

final class TicketListViewController: UITableViewController, UISearchResultsUpdating {
    private var db: OpaquePointer?
    private var rows: [String] = []

    override func viewDidLoad() {
        super.viewDidLoad()
        let search = UISearchController(searchResultsController: nil)
        search.searchResultsUpdater = self
        navigationItem.searchController = search
        sqlite3_open(AppPaths.database, &db)
    }

    func updateSearchResults(for searchController: UISearchController) {
        let term = searchController.searchBar.text ?? ""
        rows.removeAll()
        var stmt: OpaquePointer?
        let sql = "SELECT subject FROM tickets WHERE subject LIKE ? LIMIT 50" // ok: CWE-89
        if sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK {
            sqlite3_bind_text(stmt, 1, "%\(term)%", -1, SQLITE_TRANSIENT)
            while sqlite3_step(stmt) == SQLITE_ROW {
                rows.append(String(cString: sqlite3_column_text(stmt, 0)))
            }
        }
        sqlite3_finalize(stmt)
        tableView.reloadData()
    }

    override func tableView(_ tableView: UITableView, numberOfRowsInSection section: Int) -> Int {
        rows.count
    }
}
