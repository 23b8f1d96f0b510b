<?php
public function findByStatus(string $status): array
{
    return $this->getEntityManager()
        ->createQuery('SELECT o FROM App\Entity\Order o WHERE o.status = :status')   // ok: CWE-89
        ->setParameter('status', $status)
        ->getResult();
}
