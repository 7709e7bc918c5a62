package org.haven.editor;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SiteSettingRepository extends ListCrudRepository<SiteSetting, String> {

	List<SiteSetting> findByNameStartingWith(String prefix);

}
