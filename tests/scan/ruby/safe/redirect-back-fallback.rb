def destroy
  @item.destroy
  redirect_back_or_to items_path, notice: "Deleted" # ok: CWE-601
end
