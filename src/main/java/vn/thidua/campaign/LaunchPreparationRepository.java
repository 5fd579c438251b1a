package vn.thidua.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

interface LaunchPreparationRepository extends JpaRepository<LaunchPreparation, String> {
}
