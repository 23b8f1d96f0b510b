        $stmt = $this->link->prepare('UPDATE tickets SET status = ? WHERE id = ?');   // ok: CWE-89
        $stmt->bind_param('si', $_POST['status'], $ticketId);
        $stmt->execute();
        $this->notify($ticketId);
    }
