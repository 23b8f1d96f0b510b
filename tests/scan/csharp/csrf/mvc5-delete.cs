        // POST: Products/Delete/5
        [HttpPost, ActionName("Delete")]   // expect: CWE-352
        public ActionResult DeleteConfirmed(int id)
        {
            Product product = db.Products.Find(id);
            db.Products.Remove(product);
            db.SaveChanges();
            return RedirectToAction("Index");
        }
