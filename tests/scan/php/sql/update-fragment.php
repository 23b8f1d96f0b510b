        $status = $_POST['status'];
        mysqli_query($this->link, "UPDATE tickets SET status = '" . $status . "' WHERE id = " . $ticketId);   // expect: CWE-89
        $this->notify($ticketId);
    }
