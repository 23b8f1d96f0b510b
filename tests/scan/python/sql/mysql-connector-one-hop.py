import mysql.connector

def delete_comment(cnx, comment_id, author):
    cursor = cnx.cursor()
    stmt = "DELETE FROM comments WHERE id = {} AND author = '{}'".format(comment_id, author)  # expect: CWE-89
    cursor.execute(stmt)
    cnx.commit()
